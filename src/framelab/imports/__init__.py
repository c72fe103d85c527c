"""Reading news-database exports (placeholder while building)."""
