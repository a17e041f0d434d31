package dev.lapse.internal.aws;

import dev.lapse.journal.TokenFacts;

/** A login token (a signed JWT) the Authority handed out, with what it knows of it. */
public record IssuedToken(String jwt, TokenFacts facts) {}
