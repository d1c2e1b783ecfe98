package de.consortium.api.documents;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Documents as objects of one bucket of an S3-compatible store, keyed {@code <prefix><project>/<partner>/<sha256>}.
 * The store acknowledges a put once the object is durable.
 */
class S3DocumentStore implements DocumentStore {

    private static final int NOT_FOUND = 404;

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    S3DocumentStore(S3Client s3, String bucket, String prefix) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix;
    }

    private String keyOf(DocumentAddress address) {
        return prefix + address.key();
    }

    @Override
    public boolean contains(DocumentAddress address) {
        try {
            s3.headObject(request -> request.bucket(bucket).key(keyOf(address)));
            return true;
        } catch (S3Exception e) {
            if (e.statusCode() == NOT_FOUND) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void put(DocumentAddress address, Path staged) {
        if (!contains(address)) {
            s3.putObject(request -> request.bucket(bucket).key(keyOf(address)), RequestBody.fromFile(staged));
        }
    }

    @Override
    public InputStream open(DocumentAddress address) throws IOException {
        try {
            return s3.getObject(request -> request.bucket(bucket).key(keyOf(address)));
        } catch (NoSuchKeyException e) {
            throw new MissingDocument(address);
        }
    }

    @Override
    public void delete(DocumentAddress address) {
        s3.deleteObject(request -> request.bucket(bucket).key(keyOf(address)));
    }
}
