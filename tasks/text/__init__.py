"""Text primitives every stage shares: line splitting and invisibles, Arabic
normalisation, match text (normalised with offsets back to the original), sentences."""
