"""``python -m corpustool``."""

from corpustool.cli.app import main

main()
