package jp.tradecert.payment.card;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import jp.tradecert.platform.LogText;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The card provider over HTTP, in the protocol of Epsilon's link-type payment: a form POST to
 * {@code receive_order3.cgi} registers an order and answers, in XML, the page to send the buyer to; a
 * form POST to {@code getsales2.cgi} answers the order's state. Every answer is a list of
 * {@code <result name="value"/>} elements. The provider is at {@code coupons.card.provider-url}
 * (default: the sandbox on this server) under the contract {@code coupons.card.contract-code}.
 */
@ApplicationScoped
public class EpsilonCardProvider implements CardProvider {

    /** Epsilon's payment-type code for card only. */
    private static final String CARD_ONLY = "10000-0000-00000";
    private static final String ITEM_CODE = "COUPON";

    @Inject
    @ConfigProperty(name = "coupons.card.provider-url", defaultValue = "http://localhost:8080/card-sandbox")
    String providerUrl;

    @Inject
    @ConfigProperty(name = "coupons.card.contract-code", defaultValue = "66666666")
    String contractCode;

    @Inject
    @ConfigProperty(name = "coupons.card.timeout-seconds", defaultValue = "10")
    int timeoutSeconds;

    private HttpClient http;

    @PostConstruct
    void connect() {
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(timeoutSeconds)).build();
    }

    @Override
    public CardRegistration register(CardOrder order) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("version", "2");
        form.put("contract_code", contractCode);
        form.put("user_id", order.buyerId());
        form.put("user_name", order.buyerName());
        form.put("user_mail_add", order.mailAddress() == null ? "" : order.mailAddress());
        form.put("item_code", ITEM_CODE);
        form.put("item_name", order.itemName());
        form.put("order_number", order.orderNumber());
        form.put("st_code", CARD_ONLY);
        form.put("mission_code", "1");
        form.put("item_price", String.valueOf(order.amountYen()));
        form.put("process_code", "1");
        form.put("xml", "1");
        Map<String, String> result = post("/cgi-bin/order/receive_order3.cgi", form);
        if (!"1".equals(result.get("result")) || result.get("redirect") == null || result.get("trans_code") == null) {
            throw new CardProviderUnavailableException("The provider refused order " + order.orderNumber() + ": "
                    + LogText.of(result.get("err_code")) + " " + LogText.of(result.get("err_detail")));
        }
        String redirect = URLDecoder.decode(result.get("redirect"), StandardCharsets.UTF_8);
        URI page = onProvidersSite(redirect);
        if (page == null) {
            // the buyer types a card number on that page: only the provider's own site may ask for it
            throw new CardProviderUnavailableException("The provider's payment page for order " + order.orderNumber()
                    + " is not on the provider's site: " + LogText.of(redirect));
        }
        return new CardRegistration(result.get("trans_code"), page);
    }

    /** The address as a URI if it has the scheme, host and port of {@code coupons.card.provider-url}; else null. */
    private URI onProvidersSite(String address) {
        URI provider = URI.create(providerUrl);
        try {
            URI page = new URI(address);
            boolean same = provider.getScheme().equalsIgnoreCase(page.getScheme()) && page.getHost() != null
                    && provider.getHost().equalsIgnoreCase(page.getHost()) && port(provider) == port(page)
                    && page.getRawUserInfo() == null;
            return same ? page : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    @Override
    public CardInquiry inquire(String orderNumber) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("contract_code", contractCode);
        form.put("order_number", orderNumber);
        Map<String, String> result = post("/cgi-bin/getsales2.cgi", form);
        if (!"1".equals(result.get("result"))) {
            if ("NOT_FOUND".equals(result.get("err_code"))) {
                return CardInquiry.of(CardInquiry.State.NOT_FOUND);
            }
            throw new CardProviderUnavailableException("The provider could not answer for order " + orderNumber
                    + ": " + LogText.of(result.get("err_code")) + " " + LogText.of(result.get("err_detail")));
        }
        if (!orderNumber.equals(result.get("order_number"))) {
            // an answer about another order (a provider's mix-up, or not the provider) settles nothing
            throw new CardProviderUnavailableException("Asked about order " + orderNumber + ", the provider answered about "
                    + LogText.of(result.get("order_number")));
        }
        String state = result.getOrDefault("state", "");
        return switch (state) {
            case "1" -> new CardInquiry(CardInquiry.State.PAID, amount(result.get("item_price"), orderNumber));
            case "0" -> CardInquiry.of(CardInquiry.State.NOT_PAID);
            case "9" -> CardInquiry.of(CardInquiry.State.FAILED);
            default -> throw new CardProviderUnavailableException("Unknown state " + LogText.of(state) + " of order "
                    + orderNumber);
        };
    }

    /** The amount charged, as the answer gives it: whole yen, as Epsilon writes them. */
    private static long amount(String text, String orderNumber) {
        if (text == null || !text.matches("[0-9]{1,10}")) {
            throw new CardProviderUnavailableException("The provider's amount for order " + orderNumber
                    + " is not a number of yen: " + LogText.of(text));
        }
        return Long.parseLong(text);
    }

    private Map<String, String> post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(providerUrl + path))
                .timeout(Duration.ofSeconds(timeoutSeconds))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new CardProviderUnavailableException("The provider did not answer " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CardProviderUnavailableException("Interrupted while asking the provider", e);
        }
        if (response.statusCode() != 200) {
            throw new CardProviderUnavailableException("The provider answered HTTP " + response.statusCode()
                    + " to " + path);
        }
        return results(response.body());
    }

    /** The attributes of every {@code <result>} element of an answer, in one map. */
    static Map<String, String> results(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // an answer never has a DTD: refusing them keeps external entities out
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            NodeList elements = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml))
                    .getElementsByTagName("result");
            Map<String, String> results = new HashMap<>();
            for (int i = 0; i < elements.getLength(); i++) {
                NamedNodeMap attributes = ((Element) elements.item(i)).getAttributes();
                for (int j = 0; j < attributes.getLength(); j++) {
                    results.put(attributes.item(j).getNodeName(), attributes.item(j).getNodeValue());
                }
            }
            return results;
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new CardProviderUnavailableException("The provider's answer is not readable", e);
        }
    }
}
