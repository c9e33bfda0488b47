package com.resellerplans.gateway.openapi;

import com.resellerplans.gateway.routing.Backends;
import com.resellerplans.gateway.routing.Service;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Builds {@code /openapi/bss} and {@code /openapi/storefront} from the services' own OpenAPI
 * documents ({@code /q/openapi?format=json}, fetched on each call), merged by {@link PartnerDocument}. A
 * service that does not answer is left out and named in {@code x-unavailable-services}; the document is
 * still served.
 */
@ApplicationScoped
public class PartnerDocuments {

    private static final String SERVICE_DOCUMENT = "/q/openapi?format=json";
    private static final Logger LOG = Logger.getLogger(PartnerDocuments.class);

    private final Backends backends;

    public PartnerDocuments(Backends backends) {
        this.backends = backends;
    }

    /** The BSS API document. */
    public Future<JsonObject> bss() {
        return document(ApiFamily.BSS);
    }

    /** The Storefront API document, with the public storefront routes. */
    public Future<JsonObject> storefront() {
        return document(ApiFamily.STOREFRONT);
    }

    private Future<JsonObject> document(ApiFamily family) {
        List<Service> services = new ArrayList<>(family.services());
        List<Future<JsonObject>> fetched = services.stream().map(this::fetch).toList();
        return Future.join(fetched).transform(ignored -> {
            Map<Service, JsonObject> documents = new EnumMap<>(Service.class);
            for (int i = 0; i < services.size(); i++) {
                if (fetched.get(i).succeeded()) {
                    documents.put(services.get(i), fetched.get(i).result());
                }
            }
            return Future.succeededFuture(PartnerDocument.merge(family, documents));
        });
    }

    private Future<JsonObject> fetch(Service service) {
        return backends.request(service, HttpMethod.GET, SERVICE_DOCUMENT)
                .compose(request -> request.send())
                .compose(response -> response.statusCode() == 200
                        ? response.body().map(Buffer::toJsonObject)
                        : Future.failedFuture("status " + response.statusCode()))
                .onFailure(failure -> LOG.warnf("No OpenAPI document from %s: %s", service, failure.getMessage()));
    }
}
