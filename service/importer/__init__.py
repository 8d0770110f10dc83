"""Data in: read the import template (service/template.py), check it, write it in one transaction."""
