package jp.tradecert.web.staff;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import jp.tradecert.account.SignedInUser;
import jp.tradecert.purchase.OrderDesk;
import jp.tradecert.purchase.OrderStatus;
import jp.tradecert.purchase.PaymentMethod;
import jp.tradecert.web.CurrentUser;
import jp.tradecert.web.KeysetRows;

/**
 * 注文検索: the chamber's orders by part of the order number (or a company's trade registration number), part of
 * the company's name, status, method and order dates, newest first, a page at a time; each row opens the order.
 */
@Named
@ViewScoped
public class OrdersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentUser currentUser;

    @EJB
    private OrderDesk desk;

    private String text;
    private OrderStatus status;
    private PaymentMethod method;
    private LocalDate from;
    private LocalDate to;
    private KeysetRows<OrderDesk.Row, Long> rows;

    @PostConstruct
    void load() {
        search();
    }

    /** Runs the search as typed (the table starts over at its first page). */
    public void search() {
        OrderDesk orders = desk;
        SignedInUser staff = currentUser.get();
        OrderDesk.Search search = new OrderDesk.Search(text, status, method, from, to);
        rows = KeysetRows.byId((after, size) -> orders.search(staff, search, after, size),
                () -> orders.count(staff, search), row -> row.order().getId(), 100);
    }

    public OrderStatus[] getStatuses() {
        return OrderStatus.values();
    }

    public PaymentMethod[] getMethods() {
        return PaymentMethod.values();
    }

    public KeysetRows<OrderDesk.Row, Long> getRows() {
        return rows;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public void setStatus(OrderStatus status) {
        this.status = status;
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public void setMethod(PaymentMethod method) {
        this.method = method;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
