"""Understanding a message: what the writer asks for now.

``segment`` splits the text into sentences, ``roles`` gives each sentence a role
(request, context, condition, not the writer's), ``rules`` holds the named
per-language rules and frames, ``language`` tells the language, ``calibration``
turns the rules that fired into calibrated probabilities per kind (weights
learned by ``scripts/train_weights.py``), and ``classify`` puts it together.
"""
