"""Commands for web (filled in by that area)."""

import click

COMMANDS: list[click.Command] = []
