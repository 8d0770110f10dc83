"""HTML pages; each has a JSON twin under /api."""
