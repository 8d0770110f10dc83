"""The secret key: made once and atomically, the same for every process that races to make
it, and a malformed key stops the app instead of serving sign-in pages that fail."""
from multiprocessing import get_context

import pytest

from service import create_app, secret


def test_processes_racing_on_a_fresh_home_agree_on_one_key(tmp_path):
    for attempt in range(5):
        home = tmp_path / f"home-{attempt}"
        with get_context("spawn").Pool(6) as pool:
            keys = pool.map(secret.ensure, [home] * 12)
        assert len(set(keys)) == 1
        assert len(keys[0]) == 64
        assert (home / "secret_key").read_text() == keys[0]
        assert [p.name for p in home.iterdir()] == ["secret_key"]  # no temporary files left


@pytest.mark.parametrize("content", ["", "   \n", "short", "a key with spaces in it that is long enough"])
def test_a_malformed_key_file_stops_the_app_with_a_message(tmp_path, config, content):
    (tmp_path / "secret_key").write_text(content)
    settings = {k: v for k, v in config.items() if k != "SECRET_KEY"}
    with pytest.raises(secret.SecretKeyError) as refused:
        create_app({**settings, "TSUNAGU_HOME": str(tmp_path)})
    assert str(tmp_path / "secret_key") in str(refused.value)
    assert "TSUNAGU_SECRET_KEY" in str(refused.value)


def test_a_short_key_in_the_environment_is_refused(config):
    with pytest.raises(secret.SecretKeyError):
        create_app({**config, "SECRET_KEY": "too-short"})
