"""The versioned REST API (django-ninja)."""
