import numpy as np
import pytest

from index.search.ranking import date_match, dates_agree, metadata_boost, ranking, region_match, rrf


def test_rrf_sums_reciprocal_ranks() -> None:
    fused = rrf([[2, 0, 1], [0, 2, 1]], n=3, k=10)
    assert fused[0] == pytest.approx(1 / 12 + 1 / 11)
    assert fused[2] == pytest.approx(1 / 11 + 1 / 12)
    assert fused[1] == pytest.approx(2 / 13)


def test_rrf_weights_favour_a_retriever() -> None:
    fused = rrf([[0, 1], [1, 0]], n=2, k=60, weights=[1.0, 2.0])
    assert list(ranking(fused)) == [1, 0]


def test_ranking_is_stable_on_ties() -> None:
    assert list(ranking(np.array([0.5, 0.9, 0.5]))) == [1, 0, 2]


def test_dates_agree_across_precisions() -> None:
    assert dates_agree("1918-02", "1918-02-16")
    assert dates_agree("1918", "1918-02")
    assert not dates_agree("1918-02-16", "1918-02-17")


def test_date_match_prefers_precise_dates() -> None:
    assert date_match(["1918-02-16"], ["1918-02-16"]) == pytest.approx(1.0)
    assert date_match(["1918"], ["1918-02-16"]) == pytest.approx(1 / 3)
    assert date_match(["1917-10"], ["1918-02-16"]) == 0.0
    # A day asked is matched better by that day than by its month.
    assert date_match(["1918-01-13"], ["1918-01"]) == pytest.approx(2 / 3)


def test_region_match_is_the_share_of_asked_regions() -> None:
    assert region_match(["Семей", "Верный"], ["Верный", "Ақтөбе"]) == 0.5
    assert region_match([], ["Верный"]) == 0.0


def test_metadata_boost_reorders_a_close_ranking() -> None:
    fused = rrf([[0, 1]], n=2, k=60)
    passages = [(("Ақтөбе",), ("1918-01",)), (("Семей",), ("1918-02-16",))]
    boosted = fused + np.array(
        [metadata_boost(["Семей"], ["1918-02"], r, d, 0.01, 0.01) for r, d in passages]
    )
    assert list(ranking(boosted)) == [1, 0]
