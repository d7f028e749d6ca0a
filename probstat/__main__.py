"""python -m probstat"""

from probstat.cli import run

run()
