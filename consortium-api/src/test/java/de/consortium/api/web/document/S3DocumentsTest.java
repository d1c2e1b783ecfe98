package de.consortium.api.web.document;

import de.consortium.api.ApiTest;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/** With {@code consortium.documents.store=s3} documents go to an S3-compatible object store (S3Proxy here). */
class S3DocumentsTest extends ApiTest {

    private static final BlobStore BUCKETS = ContextBuilder.newBuilder("transient")
            .credentials("consortium", "consortium-secret").build(BlobStoreContext.class).getBlobStore();
    private static final S3Proxy S3 = started();

    @Autowired
    private TestRestTemplate rest;

    private static S3Proxy started() {
        BUCKETS.createContainerInLocation(null, "documents");
        S3Proxy proxy = S3Proxy.builder().blobStore(BUCKETS).endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "consortium", "consortium-secret").build();
        try {
            proxy.start();
            while (!"STARTED".equals(proxy.getState())) {
                Thread.sleep(10);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return proxy;
    }

    @DynamicPropertySource
    static void objectStore(DynamicPropertyRegistry registry) {
        registry.add("consortium.documents.store", () -> "s3");
        registry.add("consortium.documents.s3.endpoint", () -> "http://127.0.0.1:" + S3.getPort());
        registry.add("consortium.documents.s3.region", () -> "eu-central-1");
        registry.add("consortium.documents.s3.bucket", () -> "documents");
        registry.add("consortium.documents.s3.access-key-id", () -> "consortium");
        registry.add("consortium.documents.s3.secret-access-key", () -> "consortium-secret");
        registry.add("consortium.documents.s3.path-style", () -> "true");
        registry.add("consortium.documents.s3.prefix", () -> "consortium/");
    }

    @AfterAll
    static void stop() throws Exception {
        S3.stop();
    }

    @Test
    void anUploadIsKeptInTheBucketAndDownloadedFromIt() {
        Uploads uploads = new Uploads(rest);
        byte[] report = Uploads.pdf("Bericht im Objektspeicher");
        String address = uploads.uploadedByMunich("SC20-S3", report);
        assertThat(BUCKETS.blobExists("documents", "consortium/" + address)).isTrue();
        uploads.assertServedAsUploaded("SC20-S3", report);
    }
}
