# A provider module with a syntax error: Lapse refuses it before any scenario runs.
def launch(device)
    return None
