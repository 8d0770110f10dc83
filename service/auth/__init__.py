"""Sign-in, roles, API tokens and CSRF protection (see access.py for the rules)."""
