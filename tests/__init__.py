"""The test suite of vn_party_docs."""
