"""Config: the bundled catalog loads, and every mistake is one clear line with exit code 2."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from tracker.cli import main
from tracker.config import load_config, parse_config
from tracker.errors import ConfigError


def test_bundled_catalog_has_the_twilio_sources(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no ./tracker.toml here
    config = load_config(None)
    urls = {s.url for s in config.sources}
    for url in (
        "https://www.twilio.com/en-us/legal/aup",
        "https://www.twilio.com/en-us/legal/service-country-specific-terms/voice-sip",
        "https://www.twilio.com/en-us/legal/service-country-specific-terms/flex-fup",
        "https://www.twilio.com/en-us/legal/service-country-specific-terms",
        "https://www.twilio.com/en-us/legal/online-terms-updates",
        "https://help.twilio.com/articles/223181808",
        "https://help.twilio.com/articles/223180528",
        "https://help.twilio.com/articles/4925707562011",
    ):
        assert url in urls
    assert len({s.id for s in config.sources}) == len(config.sources)
    changelog = config.source("twilio-service-country-terms")
    assert changelog.kind == "changelog"


def test_local_tracker_toml_wins_over_catalog(tmp_path, monkeypatch):
    (tmp_path / "tracker.toml").write_text(
        '[[sources]]\nid = "a"\nname = "A"\nurl = "https://example.com/a"\n'
    )
    monkeypatch.chdir(tmp_path)
    assert [s.id for s in load_config(None).sources] == ["a"]


def test_select_and_remove_accept_a_string_or_a_list():
    config = parse_config(
        '[[sources]]\nid = "a"\nname = "A"\nurl = "https://example.com/a"\n'
        'select = "main article"\nremove = [".promo", "#cookie"]\n',
        Path("t.toml"),
    )
    src = config.sources[0]
    assert src.select == ("main article",)
    assert src.remove == (".promo", "#cookie")


BAD = [
    ('[[sources]]\nid = "a"\nname = "A"\nurl = "https://x.com"\nselct = "main"\n',
     "source 'a': unknown key 'selct'"),
    ('[[sources]]\nid = "a"\nname = "A"\nurl = "https://x.com"\n'
     '[[sources]]\nid = "a"\nname = "B"\nurl = "https://y.com"\n',
     "source 'a': duplicate id"),
    ('[[sources]]\nid = "a"\nname = "A"\nurl = "ftp://x.com/a"\n', "source 'a': bad URL"),
    ('[[sources]]\nid = "a"\nname = "A"\nurl = "not a url"\n', "source 'a': bad URL"),
    ('[[sources]]\nid = "a"\nname = "A"\nurl = "https://x.com"\nselect = "div[[["\n',
     "source 'a': invalid select selector"),
    ('[[sources]]\nid = "a"\nname = "A"\nurl = "https://x.com"\nremove = ["ok", "p:::x"]\n',
     "source 'a': invalid remove selector"),
    ('[[sources]]\nname = "A"\nurl = "https://x.com"\n', "source #1: 'id' is required"),
    ('[[sources]]\nid = "a"\nname = "A"\nurl = "https://x.com"\n[settings]\ntimeout = "x"\n',
     "'timeout' must be float"),
    ("[[sources]]\nid = \n", "invalid TOML"),
    ('[[sources]]\nid = "a b"\nname = "A"\nurl = "https://x.com"\n', "source 'a b': id may"),
    ('title = "x"\n', "unknown top-level key 'title'"),
]


@pytest.mark.parametrize(("text", "message"), BAD)
def test_config_mistakes_name_file_source_and_problem(tmp_path, text, message):
    path = tmp_path / "tracker.toml"
    path.write_text(text)
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert str(err.value).startswith(str(path) + ": ")
    assert message in str(err.value)
    assert "\n" not in str(err.value)


@pytest.mark.parametrize("command", ["run", "check", "changes", "diff x", "site", "notify",
                                     "sources"])
def test_cli_reports_config_errors_with_exit_code_2(tmp_path, command):
    path = tmp_path / "bad.toml"
    path.write_text('[[sources]]\nid = "a"\nname = "A"\nurl = "https://x.com"\nfoo = 1\n')
    result = CliRunner().invoke(
        main, [*command.split(), "--config", str(path), "--db", str(tmp_path / "t.db")]
    )
    assert result.exit_code == 2, result.output
    assert f"{path}: source 'a': unknown key 'foo'" in result.output
    assert "Traceback" not in result.output


def test_unreadable_config_file(tmp_path):
    result = CliRunner().invoke(
        main, ["check", "--config", str(tmp_path / "missing.toml"), "--db",
               str(tmp_path / "t.db")]
    )
    assert result.exit_code == 2
    assert "missing.toml: config file not found" in result.output


def test_config_from_environment(tmp_path, monkeypatch):
    path = tmp_path / "env.toml"
    path.write_text('[[sources]]\nid = "envsrc"\nname = "E"\nurl = "https://x.com"\n')
    monkeypatch.setenv("TRACKER_CONFIG", str(path))
    monkeypatch.setenv("TRACKER_DB", str(tmp_path / "env.db"))
    result = CliRunner().invoke(main, ["sources"])
    assert result.exit_code == 0, result.output
    assert "envsrc" in result.output
    assert (tmp_path / "env.db").exists()


@pytest.mark.parametrize("selector", [
    "article", "main > article", "div.legal #terms", "h1 + p", "ul ~ p", "*", ".a-b.c_d",
    "main, article", "a[href", "#1abc", "article,", "div >", ">p", "..x", "div , ,p",
    "[x='a]", "p:-soup-contains('x')", "div:hover", "a[href^='/legal']", "main\x0bp",
    "main\x1cp", "main\tp", "main\n> p",
])
def test_plain_selectors_are_checked_as_soupsieve_checks_them(selector):
    """The grammar shortcut for plain selectors accepts exactly what soupsieve accepts."""
    import soupsieve

    from tracker.config import validate_selector

    try:
        soupsieve.compile(selector)
        valid = True
    except Exception:
        valid = False
    assert (validate_selector(selector) is None) == valid


def test_an_unknown_source_id_is_named_with_a_short_list_and_a_guess(tmp_path):
    config = tmp_path / "tracker.toml"
    config.write_text("".join(
        f'[[sources]]\nid = "page-{i}"\nname = "P"\nurl = "https://example.com/{i}"\n'
        for i in range(200)))
    result = CliRunner().invoke(main, ["check", "--config", str(config), "--db",
                                       str(tmp_path / "t.db"), "pgae-17"])
    assert result.exit_code == 2
    assert "no source 'pgae-17' (known: page-0, page-1," in result.output
    assert "and 188 more; did you mean 'page-17'" in result.output
    assert "page-150" not in result.output
