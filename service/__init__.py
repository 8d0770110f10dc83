"""Tsunagu (つなぐ): the collaboration network of Nerima ward, served by Flask on Neo4j."""
from __future__ import annotations

import logging

from flask import Flask

from . import db, errors, labels, lang, security, settings
from .auth import access
from .jsonbody import SafeJSONProvider


def create_app(test_config: dict | None = None) -> Flask:
    """Build the app: settings from the environment, then `test_config`, then the database,
    the error handlers and the blueprints."""
    app = Flask(__name__)
    app.json = SafeJSONProvider(app)
    app.config.from_mapping(settings.app_config())
    if test_config:
        app.config.update(test_config)
    app.config.setdefault("MAX_CONTENT_LENGTH", app.config["IMPORT_MAX_BYTES"] + 1_000_000)
    app.json.ensure_ascii = False
    app.json.sort_keys = False
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")

    errors.init_app(app)
    lang.init_app(app)
    labels.init_app(app)
    security.init_app(app)
    db.init_app(app)
    access.init_app(app)

    from .api import data, health, network, questions, stats
    from .api import changes
    from .pages import (account, admin, dashboard, embed, gaps, impact, introductions, maps, partners,
                        profiles, respond, search, surveys, vendor, who_knows_whom, whole_map)
    for module in (health, stats, network, data, questions, changes, account, admin, dashboard, search,
                   profiles, partners, who_knows_whom, gaps, introductions, impact, surveys, respond, whole_map,
                   maps, embed, vendor):
        app.register_blueprint(module.bp)
    return app
