"""Tsunagu (つなぐ): the collaboration network of Nerima ward, served by Flask on Neo4j."""
from __future__ import annotations

import importlib
import logging
import pkgutil

from flask import Flask

from . import api, db, errors, etags, labels, lang, menu, notices, pages, security, settings, viewing
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
    notices.init_app(app)
    security.init_app(app)
    db.init_app(app)
    access.init_app(app)
    etags.init_app(app)  # after the sign-in check: a 304 only to whom may read the answer
    viewing.init_app(app)

    modules = _modules(api) + _modules(pages)
    for module in modules:
        app.register_blueprint(module.bp)
    menu.collect(app, modules)
    return app


def _modules(package) -> list:
    """Every module of `package` with a blueprint (`bp`): a new page or endpoint is one module."""
    found = [importlib.import_module(f"{package.__name__}.{info.name}") for info in pkgutil.iter_modules(package.__path__)]
    return [module for module in found if hasattr(module, "bp")]
