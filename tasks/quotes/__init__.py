"""Direct and indirect quotes with their speakers, and the cue words they are found by."""
