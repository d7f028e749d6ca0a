"""The docs stay true to the code: generated parts are current, every command and option is documented,
links resolve, and the claims page names every verdict, label and output column the code can produce."""

from __future__ import annotations

import ast
import importlib.util
import inspect
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
README = ROOT / "README.md"
GENERATOR = ROOT / "tools" / "gen_docs.py"

pytestmark = pytest.mark.skipif(not (DOCS.is_dir() and GENERATOR.is_file()),
                                reason="docs/ and tools/ are only in a checkout")


def _load_generator():
    spec = importlib.util.spec_from_file_location("probstat_gen_docs", GENERATOR)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    try:
        spec.loader.exec_module(module)
    finally:
        sys.modules.pop(spec.name, None)
    return module


@pytest.fixture(scope="module")
def gen():
    return _load_generator()


@pytest.fixture(scope="module")
def commands():
    from probstat.cli import cli

    return dict(sorted(cli.commands.items()))


def _sections(text: str) -> dict[str, str]:
    """docs/cli.md split at its '## probstat ...' headings: heading -> body."""
    parts = re.split(r"^## (probstat(?: [a-z-]+)?)\s*$", text, flags=re.MULTILINE)
    return {parts[i]: parts[i + 1] for i in range(1, len(parts) - 1, 2)}


def _long_options(command) -> list[str]:
    return [opt for param in command.params for opt in (*param.opts, *param.secondary_opts) if opt.startswith("--")]


# --- Generated content ------------------------------------------------------------------------------------

def test_generated_docs_are_current(gen) -> None:
    stale = [path.relative_to(ROOT).as_posix() for path, text in gen.expected(DOCS).items()
             if not path.is_file() or path.read_text(encoding="utf-8") != text]
    assert not stale, f"out of date: {', '.join(stale)}; run `python tools/gen_docs.py` and commit the result"


def test_check_mode_agrees(gen, capsys) -> None:
    assert gen.main(["--check"]) == 0, capsys.readouterr().err


def test_help_text_does_not_depend_on_the_terminal(gen, monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "40")
    narrow = gen.command_help()
    monkeypatch.setenv("COLUMNS", "250")
    assert gen.command_help() == narrow


def test_fill_replaces_only_between_markers(gen) -> None:
    page = ("Intro prose.\n\n<!-- generated:x:start -->\nold\n<!-- generated:x:end -->\n\n"
            "  <!-- generated:y:start -->\n  <!-- generated:y:end -->\nOutro.\n")
    out = gen.fill(page, {"x": lambda: "new\n", "y": lambda: "a\n\nb"})
    assert out == ("Intro prose.\n\n<!-- generated:x:start -->\nnew\n<!-- generated:x:end -->\n\n"
                   "  <!-- generated:y:start -->\n  a\n\n  b\n  <!-- generated:y:end -->\nOutro.\n")


def test_fill_refuses_a_page_without_its_markers(gen) -> None:
    with pytest.raises(gen.MarkerError, match="generated:coverage:start"):
        gen.fill("no markers here\n", {"coverage": lambda: ""})
    with pytest.raises(gen.MarkerError, match="unknown generated block"):
        gen.fill("<!-- generated:zzz:start -->\n<!-- generated:zzz:end -->\n", {})


def test_markdown_cells_escape_pipes(gen) -> None:
    assert gen._cell("NPS|CRC") == "NPS\\|CRC"


# --- CLI reference and README ---------------------------------------------------------------------------

def test_cli_reference_has_the_group_help_first_then_every_command(commands) -> None:
    sections = _sections((DOCS / "cli.md").read_text(encoding="utf-8"))
    headings = list(sections)
    assert headings[0] == "probstat", "the group's help should come first in docs/cli.md"
    missing = [name for name in commands if f"probstat {name}" not in sections]
    assert not missing, f"docs/cli.md has no section for: {', '.join(missing)}"


def test_cli_reference_documents_every_option_of_every_command(commands) -> None:
    sections = _sections((DOCS / "cli.md").read_text(encoding="utf-8"))
    missing = [f"{name} {opt}" for name, command in commands.items()
               for opt in _long_options(command) if opt not in sections.get(f"probstat {name}", "")]
    assert not missing, f"options missing from docs/cli.md: {', '.join(missing)}"
    assert "--version" in sections["probstat"]


def test_readme_mentions_every_command(commands) -> None:
    assert README.is_file(), "README.md is missing: the README should introduce every command (lead's task)"
    text = README.read_text(encoding="utf-8")
    missing = [name for name in commands
               if not re.search(rf"probstat\s+{re.escape(name)}\b|`{re.escape(name)}`", text)]
    assert not missing, ("README.md does not mention these commands (as `probstat NAME` or `NAME` in "
                         f"backticks): {', '.join(missing)}")


# --- The hand-written pages -------------------------------------------------------------------------------

@pytest.mark.parametrize("page", ["cli.md", "claims.md", "data.md", "api.md", "completion.md"])
def test_page_exists(page: str) -> None:
    assert (DOCS / page).is_file()


def _slug(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens."""
    text = re.sub(r"[`*_]", "", heading.strip().lower())
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def _anchors(text: str) -> set[str]:
    without_code = re.sub(r"^```.*?^```", "", text, flags=re.MULTILINE | re.DOTALL)
    return {_slug(m.group(1)) for m in re.finditer(r"^#{1,6} (.+)$", without_code, flags=re.MULTILINE)}


def test_relative_links_and_anchors_resolve() -> None:
    broken = []
    for page in sorted(DOCS.glob("*.md")):
        text = page.read_text(encoding="utf-8")
        for target in re.findall(r"\]\(([^)\s]+)\)", text):
            if re.match(r"[a-z]+:", target):
                continue  # an external URL
            path, _, anchor = target.partition("#")
            linked = (page.parent / path) if path else page
            if not linked.is_file():
                broken.append(f"{page.name}: {target} (no such file)")
            elif anchor and linked.suffix == ".md" and anchor not in _anchors(linked.read_text(encoding="utf-8")):
                broken.append(f"{page.name}: {target} (no such heading)")
    assert not broken, "broken links: " + "; ".join(broken)


def _labels_in_verify() -> set[str]:
    """Every label string literal the verdict code can give: the second argument of each Verdict(...) call,
    and the constants assigned to a variable named ``label``."""
    from probstat.claims import verify

    def strings(node) -> set[str]:
        return {n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)}

    labels: set[str] = set()
    for node in ast.walk(ast.parse(inspect.getsource(verify))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Verdict" and len(node.args) >= 2:
            labels |= strings(node.args[1])
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name) and target.id == "label":
                    labels |= strings(node.value)
                elif isinstance(target, ast.Tuple) and isinstance(node.value, ast.Tuple):
                    for name, value in zip(target.elts, node.value.elts, strict=False):
                        if isinstance(name, ast.Name) and name.id == "label":
                            labels |= strings(value)
    return labels


def test_claims_page_names_every_verdict_label_and_column() -> None:
    from probstat.claims.verify import OUTPUT_COLUMNS, TEXT_COLUMNS, VERDICTS

    text = (DOCS / "claims.md").read_text(encoding="utf-8")
    labels = _labels_in_verify()
    assert {"supported", "circular", "missing data"} <= labels  # the scan itself works
    missing = [f"`{word}`" for word in (*VERDICTS, *sorted(labels), *OUTPUT_COLUMNS, *TEXT_COLUMNS)
               if f"`{word}`" not in text]
    assert not missing, f"docs/claims.md does not explain: {', '.join(missing)}"


def test_claims_page_lists_every_exit_code() -> None:
    from probstat.errors import ExitCode

    text = (DOCS / "claims.md").read_text(encoding="utf-8")
    table = text.split("## Exit codes", 1)[1]
    missing = [f"{code.name} ({code.value})" for code in ExitCode if f"| {code.value} |" not in table]
    assert not missing, f"exit codes missing from docs/claims.md: {', '.join(missing)}"


def test_data_page_gives_the_licence_and_attribution() -> None:
    text = (DOCS / "data.md").read_text(encoding="utf-8")
    assert "Open Government Licence v3.0" in text
    assert "Contains public sector information licensed under the Open Government Licence v3.0" in text
    assert "HM Inspectorate of Probation" in text
    for step in ("probstat template -o my.csv", "probstat validate --data my.csv", "PROBSTAT_DATA",
                 "--data -", "--encoding"):
        assert step in text, step


def test_completion_page_covers_each_shell() -> None:
    text = (DOCS / "completion.md").read_text(encoding="utf-8")
    for shell in ("bash", "zsh", "fish"):
        assert f"_PROBSTAT_COMPLETE={shell}_source probstat" in text, shell


def test_example_claims_files_load() -> None:
    from probstat.claims.claimsfile import load_claims

    for path in sorted((DOCS / "examples").glob("*.toml")):
        assert load_claims(path).claims, path.name
