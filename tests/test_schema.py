"""The shipped JSON Schema matches real ``to_dict()`` output."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given

from tests.conftest import sample_texts
from vn_party_docs import (
    Citation,
    DayPart,
    DocType,
    Extraction,
    Level,
    Meeting,
    Official,
    Period,
    PeriodKind,
    Title,
    extract,
)
from vn_party_docs.serialize import json_schema
from vn_party_docs.strategies import citations, meetings, officials, periods, titles

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = json_schema()
FORMATS = jsonschema.Draft202012Validator.FORMAT_CHECKER


def validator(definition: str | None = None) -> jsonschema.Draft202012Validator:
    """A validator for the whole extraction, or for one ``$defs`` entry."""
    schema = SCHEMA
    if definition is not None:
        schema = {"$ref": f"#/$defs/{definition}", "$defs": SCHEMA["$defs"]}
    return jsonschema.Draft202012Validator(schema, format_checker=FORMATS)


def through_json(data: dict[str, Any]) -> Any:
    """The data as a JSON consumer sees it."""
    return json.loads(json.dumps(data, ensure_ascii=False))


def test_the_schema_is_valid_draft_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_json_schema_returns_a_fresh_copy() -> None:
    first = json_schema()
    first["title"] = "changed"
    assert json_schema()["title"] != "changed"


def test_doc_types_match_the_enum() -> None:
    assert SCHEMA["$defs"]["Citation"]["properties"]["doc_type"]["enum"] == [
        doc_type.name for doc_type in DocType
    ]


def _texts() -> dict[str, str]:
    """The demo articles (when present) and the shared samples."""
    texts = {
        path.name: path.read_text(encoding="utf-8")
        for path in sorted((ROOT / "examples" / "data").glob("*.txt"))
    }
    texts.update(sample_texts())
    return texts


def test_real_extractions_validate() -> None:
    check = validator()
    counts = dict.fromkeys(("periods", "citations", "officials", "meetings"), 0)
    for name, text in _texts().items():
        data = extract(text).to_dict()
        errors = [error.message for error in check.iter_errors(through_json(data))]
        assert errors == [], name
        for kind in counts:
            counts[kind] += len(data[kind])
        assert Extraction.from_dict(through_json(data)) == extract(text)
    assert counts["periods"] > 20 and counts["citations"] > 20 and counts["officials"] > 20


def test_cli_records_validate_with_the_file_name() -> None:
    data = {"file": "a.txt", **extract("Quý III năm 2021.").to_dict()}
    validator().validate(data)


@pytest.mark.parametrize(
    "data",
    [
        pytest.param({"periods": []}, id="missing-kinds"),
        pytest.param(
            {"periods": [], "citations": [], "officials": [], "meetings": [], "extra": 1},
            id="unknown-key",
        ),
        pytest.param(
            {
                "periods": [
                    {
                        "value": {"kind": "WEEK", "start": "2021-01-01", "end": "2021-01-07"},
                        "span": {"start": 0, "end": 4},
                        "text": "tuần",
                    }
                ],
                "citations": [],
                "officials": [],
                "meetings": [],
            },
            id="unknown-period-kind",
        ),
    ],
)
def test_wrong_data_is_rejected(data: dict[str, Any]) -> None:
    assert list(validator().iter_errors(data))


@given(periods())
def test_periods_validate(period: Period) -> None:
    validator("Period").validate(through_json(period.to_dict()))


@given(citations())
def test_citations_validate(citation: Citation) -> None:
    validator("Citation").validate(through_json(citation.to_dict()))


@given(titles())
def test_titles_validate(title: Title) -> None:
    validator("Title").validate(through_json(title.to_dict()))


@given(officials())
def test_officials_validate(official: Official) -> None:
    validator("Official").validate(through_json(official.to_dict()))


@given(meetings())
def test_meetings_validate(meeting: Meeting) -> None:
    validator("Meeting").validate(through_json(meeting.to_dict()))


def test_enums_match() -> None:
    definitions = SCHEMA["$defs"]
    assert definitions["Period"]["properties"]["kind"]["enum"] == [k.name for k in PeriodKind]
    assert definitions["Meeting"]["properties"]["day_part"]["enum"] == [
        *(part.name for part in DayPart),
        None,
    ]
    assert definitions["Organ"]["properties"]["level"]["enum"] == [
        *(level.name for level in Level),
        None,
    ]
