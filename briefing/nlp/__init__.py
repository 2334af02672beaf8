"""NLP core: spaCy analysis, entities, clustering, sections, summarising."""
