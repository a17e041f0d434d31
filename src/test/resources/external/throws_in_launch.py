"""launch(device) raises: the launch step fails with the message, the run goes on."""


def launch(device):
    raise RuntimeError("the keychain is locked")
