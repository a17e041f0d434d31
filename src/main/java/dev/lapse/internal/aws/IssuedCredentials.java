package dev.lapse.internal.aws;

import dev.lapse.journal.CredentialFacts;

/** A credential set the Authority handed out, with its secret parts and its history. */
public record IssuedCredentials(String accessKeyId, String secretAccessKey, String sessionToken,
    String roleArn, CredentialFacts facts) {}
