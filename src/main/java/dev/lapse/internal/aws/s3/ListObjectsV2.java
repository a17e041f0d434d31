package dev.lapse.internal.aws.s3;

import dev.lapse.internal.aws.Exchange;
import dev.lapse.internal.aws.WireResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * ListObjectsV2 ({@code GET /bucket?list-type=2}) and ListObjects v1 ({@code GET /bucket},
 * continued with {@code marker}): keys in UTF-8 order, filtered by prefix,
 * rolled up at the delimiter into common prefixes, at most max-keys (default and limit 1000)
 * per page, continued with an opaque token.
 */
final class ListObjectsV2 {
  static final int MAX_KEYS = 1000;

  private final ObjectStore store;

  ListObjectsV2(ObjectStore store) {
    this.store = store;
  }

  /** One page: the objects and common prefixes it holds, and where the next page starts. */
  record Page(List<Map.Entry<String, StoredObject>> contents, List<String> commonPrefixes,
      ListingToken next) {}

  WireResponse list(Exchange ex, String bucket) {
    ListingRequest request = ListingRequest.of(ex.query());
    Page page = page(store.objects(bucket), request);
    return WireResponse.of(200, "application/xml", ListingXml.render(bucket, request, page));
  }

  WireResponse listVersion1(Exchange ex, String bucket) {
    ListingRequest request = ListingRequest.version1(ex.query());
    Page page = page(store.objects(bucket), request);
    return WireResponse.of(200, "application/xml",
        ListingXml.renderVersion1(bucket, request, page));
  }

  static Page page(NavigableMap<String, StoredObject> objects, ListingRequest request) {
    ListingToken resume = request.resumeAfter();
    NavigableMap<String, StoredObject> view = objects;
    String from = resume == null ? null : resume.marker();
    if (from == null || ObjectStore.UTF8_ORDER.compare(from, request.prefix()) < 0) {
      view = request.prefix().isEmpty() ? view : view.tailMap(request.prefix(), true);
      from = null;
    }
    if (from != null) {
      view = view.tailMap(from, false);
    }
    String skipUnder = from != null && resume.rolledUp() ? from : null;
    List<Map.Entry<String, StoredObject>> contents = new ArrayList<>();
    List<String> prefixes = new ArrayList<>();
    ListingToken last = null;
    for (Map.Entry<String, StoredObject> entry : view.entrySet()) {
      String key = entry.getKey();
      if (!key.startsWith(request.prefix())) {
        break; // sorted: past the prefix's range
      }
      if (skipUnder != null && key.startsWith(skipUnder)) {
        continue; // the rest of a common prefix the previous page already returned
      }
      String rolledUp = request.commonPrefixOf(key);
      if (rolledUp != null && last != null && last.rolledUp() && rolledUp.equals(last.marker())) {
        continue;
      }
      if (contents.size() + prefixes.size() == request.maxKeys()) {
        return new Page(contents, prefixes, request.maxKeys() == 0 ? null : last);
      }
      if (rolledUp != null) {
        prefixes.add(rolledUp);
        last = new ListingToken(rolledUp, true);
      } else {
        contents.add(entry);
        last = new ListingToken(key, false);
      }
    }
    return new Page(contents, prefixes, null);
  }
}
