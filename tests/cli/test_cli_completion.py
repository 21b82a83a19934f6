"""Tab completion of `ikigai`: the command answers argcomplete's protocol as a new process, and
`ikigai completion SHELL` prints the code that registers it with the shell.

A shell asks by running the command with `_ARGCOMPLETE=1` (the command is the first word of
COMP_LINE), the line typed so far in COMP_LINE and the cursor's offset in COMP_POINT; the
command writes the candidates, separated by `_ARGCOMPLETE_IFS` (a vertical tab unless set), to
the file `_ARGCOMPLETE_STDOUT_FILENAME` or else to fd 8, and exits 0. No platform is needed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

IKIGAI = [sys.executable, "-m", "ikigai.cli"]
APPS_COMMANDS = ["list", "create", "describe", "delete"]


def _environment(**extra: str) -> dict[str, str]:
    """This process's environment without the client's settings or a completion request."""
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("IKIGAI_", "_ARGCOMPLETE", "ARGCOMPLETE_", "_ARC_", "COMP_"))
    }
    return {**env, **extra}


def complete(line: str, tmp_path: Path, **extra: str) -> list[str]:
    """What `ikigai` offers with the cursor at the end of `line`."""
    answer = tmp_path / "completions"
    done = subprocess.run(
        IKIGAI,
        env=_environment(
            _ARGCOMPLETE="1",
            COMP_LINE=line,
            COMP_POINT=str(len(line)),
            _ARGCOMPLETE_STDOUT_FILENAME=str(answer),
            **extra,
        ),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert (done.returncode, done.stdout) == (0, ""), done.stderr
    separator = extra.get("_ARGCOMPLETE_IFS", "\v")
    return answer.read_text(encoding="utf-8").split(separator)


def test_a_command_is_completed_from_its_start(tmp_path: Path) -> None:
    # one candidate, with the space that lets the user type the next word
    assert complete("ikigai ap", tmp_path) == ["apps "]
    assert complete("ikigai model-", tmp_path) == ["model-types "]


def test_every_command_is_offered(tmp_path: Path) -> None:
    offered = complete("ikigai ", tmp_path)
    for command in ("apps", "datasets", "flows", "models", "local", "completion", "--version"):
        assert command in offered, offered


def test_a_groups_subcommands_are_offered(tmp_path: Path) -> None:
    assert complete("ikigai apps ", tmp_path) == ["-h", "--help", *APPS_COMMANDS]
    assert complete("ikigai flows l", tmp_path) == ["list", "logs"]


def test_options_are_completed(tmp_path: Path) -> None:
    assert complete("ikigai flows logs --m", tmp_path) == ["--max-count "]
    assert complete("ikigai flows run APP FLOW --w", tmp_path) == ["--wait "]
    assert complete("ikigai apps create NAME --", tmp_path) == ["--help", "--json", "--description"]
    assert complete("ikigai local serve --data", tmp_path) == ["--data-dir "]


def test_a_positional_with_choices_is_completed(tmp_path: Path) -> None:
    assert complete("ikigai completion ", tmp_path) == ["-h", "--help", "bash", "zsh", "fish"]


def test_the_completion_in_the_middle_of_a_line_stops_at_the_cursor(tmp_path: Path) -> None:
    line = "ikigai ap list"
    answer = tmp_path / "completions"
    env = _environment(
        _ARGCOMPLETE="1",
        COMP_LINE=line,
        COMP_POINT=str(len("ikigai ap")),
        _ARGCOMPLETE_STDOUT_FILENAME=str(answer),
    )
    subprocess.run(IKIGAI, env=env, timeout=60, check=True, capture_output=True)
    assert answer.read_text(encoding="utf-8") == "apps "


@pytest.mark.parametrize(
    ("shell", "extra", "expected"),
    [
        # as the zsh and fish scripts ask: each candidate with its help text
        ("zsh", {"_ARGCOMPLETE_SUPPRESS_SPACE": "1"}, ["apps:the user's apps"]),
        (
            "fish",
            {
                "_ARGCOMPLETE_SUPPRESS_SPACE": "1",
                "_ARGCOMPLETE_IFS": "\n",
                "_ARGCOMPLETE_DFS": "\t",
            },
            ["apps\tthe user's apps"],
        ),
    ],
)
def test_zsh_and_fish_are_given_each_candidates_help(
    tmp_path: Path, shell: str, extra: dict[str, str], expected: list[str]
) -> None:
    assert complete("ikigai ap", tmp_path, _ARGCOMPLETE_SHELL=shell, **extra) == expected


def _printed(shell: str) -> str:
    done = subprocess.run(
        [*IKIGAI, "completion", shell],
        env=_environment(),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert (done.returncode, done.stderr) == (0, ""), done.stderr
    return done.stdout


@pytest.mark.parametrize(
    ("shell", "registration"),
    [
        ("bash", "complete -o nospace -o default -o bashdefault -F _python_argcomplete ikigai"),
        ("zsh", "compdef _python_argcomplete ikigai"),
        ("fish", "complete --command ikigai -f -a '(__fish_ikigai_complete)'"),
    ],
)
def test_the_shell_code_registers_ikigai(shell: str, registration: str) -> None:
    code = _printed(shell)
    assert registration in code
    assert "_ARGCOMPLETE" in code


def test_an_unknown_shell_is_a_usage_error() -> None:
    done = subprocess.run(
        [*IKIGAI, "completion", "tcsh"],
        env=_environment(),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert "invalid choice: 'tcsh'" in done.stderr


def test_bash_completes_ikigai_with_the_printed_code(tmp_path: Path) -> None:
    """The bash code, sourced in a real bash, runs the installed `ikigai` as bash does when Tab
    is pressed (the candidates come back on fd 8)."""
    bash = shutil.which("bash")
    script = Path(sys.executable).parent / "ikigai"
    if bash is None or not script.is_file():
        pytest.skip("needs bash and the installed `ikigai` script")
    (tmp_path / "ikigai.bash").write_text(_printed("bash"), encoding="utf-8")
    ask = """
source ./ikigai.bash
ask() {  # LINE WORD...: complete the last word of LINE
    COMP_LINE="$1"; COMP_POINT=${#1}; shift
    COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); COMP_TYPE=9
    COMPREPLY=()
    _python_argcomplete ikigai "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
    printf '%s|' "${COMPREPLY[@]}"; echo
}
ask 'ikigai ap' ikigai ap
ask 'ikigai apps ' ikigai apps ''
ask 'ikigai datasets download APP NAME --j' ikigai datasets download APP NAME --j
"""
    path = f"{script.parent}{os.pathsep}{os.environ.get('PATH', '')}"
    done = subprocess.run(
        [bash, "--norc", "--noprofile", "-c", ask],
        cwd=tmp_path,
        env=_environment(PATH=path),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "apps |",
        "|".join(["-h", "--help", *APPS_COMMANDS]) + "|",
        "--json |",
    ]


def test_the_command_starts_without_argcomplete() -> None:
    """Only a completion request (or `ikigai completion`) loads argcomplete."""
    probe = """
import sys
from ikigai.cli import main
try:
    main(["apps", "--help"])
except SystemExit:
    pass
print("argcomplete" in sys.modules, file=sys.stderr)
"""
    done = subprocess.run(
        [sys.executable, "-c", probe],
        env=_environment(),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert done.stderr.strip() == "False"
