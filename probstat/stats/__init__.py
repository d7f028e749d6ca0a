"""Exact tests, intervals, multiple-testing adjustment and fragility for small counts, without scipy.

Three modules: fisher (Fisher's exact test, Wilson and Newcombe intervals), permutation (the exact
permutation test of mean scores, its shift interval, the ordinal effect size) and fragility (the smallest
attainable p, Holm's adjustment, fragility). Their public names are importable from here.

Inspection data are tiny (a handful of providers per group), so large-sample
approximations such as the chi-squared test or the Wald interval are misleading.
scipy is deliberately not a dependency: the routines needed here are short (scipy checks them in tests).
Only the bootstrap of superiority_interval uses numpy (already a dependency through pandas).

HMIP rates every provider, so its ratings are a census, not a sample: a gap between the sectors is known
exactly. The tests here answer a narrower question, how unusual the gap is among all the ways of labelling
the same providers NPS or CRC (a permutation, or Fisher's conditional test); they model neither what causes
a gap nor the sampling of cases behind each rating.
"""

from .fisher import fisher_exact, newcombe_interval, wilson_interval
from .fragility import (
    FRAGILITY_BUDGET,
    FRAGILITY_FISHER_MAX_N,
    FRAGILITY_WORK,
    Fragility,
    fisher_fragility,
    fisher_fragility_search,
    holm,
    min_attainable_p,
    permutation_fragility,
    permutation_fragility_search,
)
from .permutation import (
    BOOTSTRAP_RESAMPLES,
    BOOTSTRAP_SEED,
    PERMUTATION_EXACT_WORK,
    SHIFT_EXACT_WORK,
    PermutationResult,
    ShiftInterval,
    SuperiorityInterval,
    permutation_test,
    shift_interval,
    superiority,
    superiority_interval,
)

__all__ = [
    "BOOTSTRAP_RESAMPLES", "BOOTSTRAP_SEED", "FRAGILITY_BUDGET", "FRAGILITY_FISHER_MAX_N", "FRAGILITY_WORK",
    "PERMUTATION_EXACT_WORK", "SHIFT_EXACT_WORK", "Fragility", "PermutationResult", "ShiftInterval",
    "SuperiorityInterval", "fisher_exact", "fisher_fragility", "fisher_fragility_search", "holm",
    "min_attainable_p", "newcombe_interval", "permutation_fragility", "permutation_fragility_search",
    "permutation_test", "shift_interval", "superiority", "superiority_interval", "wilson_interval",
]
