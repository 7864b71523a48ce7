"""Data shipped with the kit: small reference lists and seeded generators of synthetic practice data."""
