"""A socket guard that refuses every connection that leaves this machine.

Standard library only: the tests copy this file next to a ``sitecustomize.py`` so that a
Jupyter kernel started with that folder on ``PYTHONPATH`` runs with the guard on.

Allowed: AF_UNIX sockets, the loopback addresses (127.0.0.0/8, ::1) and the names
``localhost`` and this machine's own host name (resolved locally). Everything else raises
``OSError`` *before* any packet is sent, and the destination is appended to the file named by
the ``FRAMELAB_NETGUARD_LOG`` environment variable (or the ``record_to`` argument).
"""

import errno
import ipaddress
import os
import socket

ENV_LOG = "FRAMELAB_NETGUARD_LOG"
MARK = "_framelab_netguard"

_LOCAL_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"}
_originals = {}
_record_to = None


def is_local(host):
    """Whether ``host`` (a name, an address, bytes or None) stays on this machine."""
    if host is None:
        return True  # getaddrinfo(None, port): the local wildcard / loopback
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    host = str(host).strip().rstrip(".").lower()
    if host in ("", "0.0.0.0", "::"):
        return True
    if host in _LOCAL_NAMES or host.endswith(".localhost"):
        return True
    try:
        if host == socket.gethostname().lower():
            return True
    except OSError:
        pass
    try:
        address = ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return False  # any other name would need a DNS lookup
    mapped = getattr(address, "ipv4_mapped", None)
    if mapped is not None:
        address = mapped
    return address.is_loopback


def _record(what):
    path = _record_to or os.environ.get(ENV_LOG)
    if path:
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(what + "\n")


def _refuse(what):
    _record(what)
    return OSError(
        errno.ENETUNREACH,
        f"Network access blocked by the Framing Lab offline test: {what}. "
        "The course must run without internet.",
    )


def _address_host(family, address):
    if family == getattr(socket, "AF_UNIX", object()):
        return None, True
    if isinstance(address, tuple) and address:
        return address[0], is_local(address[0])
    return address, False


def _connect(self, address):
    host, local = _address_host(self.family, address)
    if not local:
        raise _refuse(f"connect {host!r} {address!r}")
    return _originals["connect"](self, address)


def _connect_ex(self, address):
    host, local = _address_host(self.family, address)
    if not local:
        raise _refuse(f"connect_ex {host!r} {address!r}")
    return _originals["connect_ex"](self, address)


def _sendto(self, data, *args):
    address = args[-1] if args else None
    host, local = _address_host(self.family, address)
    if not local:
        raise _refuse(f"sendto {host!r} {address!r}")
    return _originals["sendto"](self, data, *args)


def _getaddrinfo(host, *args, **kwargs):
    if not is_local(host):
        raise _refuse(f"getaddrinfo {host!r}")
    return _originals["getaddrinfo"](host, *args, **kwargs)


def _gethostbyname(host):
    if not is_local(host):
        raise _refuse(f"gethostbyname {host!r}")
    return _originals["gethostbyname"](host)


def _gethostbyname_ex(host):
    if not is_local(host):
        raise _refuse(f"gethostbyname_ex {host!r}")
    return _originals["gethostbyname_ex"](host)


def _create_connection(address, *args, **kwargs):
    host = address[0] if isinstance(address, tuple) and address else address
    if not is_local(host):
        raise _refuse(f"create_connection {address!r}")
    return _originals["create_connection"](address, *args, **kwargs)


_PATCHES = {
    # name: (owner, replacement)
    "connect": (socket.socket, _connect),
    "connect_ex": (socket.socket, _connect_ex),
    "sendto": (socket.socket, _sendto),
    "getaddrinfo": (socket, _getaddrinfo),
    "gethostbyname": (socket, _gethostbyname),
    "gethostbyname_ex": (socket, _gethostbyname_ex),
    "create_connection": (socket, _create_connection),
}


def installed():
    """Whether the guard is on in this process."""
    return getattr(socket.socket.connect, MARK, False)


def install(record_to=None, setattr_=setattr):
    """Turn the guard on. ``setattr_`` lets a test use ``monkeypatch.setattr`` instead."""
    global _record_to
    _record_to = record_to
    already = installed()
    for name, (owner, replacement) in _PATCHES.items():
        if not already:
            _originals[name] = getattr(owner, name)
        setattr(replacement, MARK, True)
        setattr_(owner, name, replacement)


def uninstall():
    """Turn the guard off again (when it was installed with the default ``setattr``)."""
    for name, (owner, _replacement) in _PATCHES.items():
        if name in _originals:
            setattr(owner, name, _originals[name])
