"""Dossier's Discord layer: turns interactions into engine calls and Answers into embeds.

No searching or text parsing lives here; everything the user reads comes from
``index`` and is only laid out, escaped and cut to Discord's limits.
"""
