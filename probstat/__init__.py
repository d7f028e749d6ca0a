"""probstat: HM Inspectorate of Probation ratings, gaps, caseloads and claim checks."""

__version__ = "0.1.0"
