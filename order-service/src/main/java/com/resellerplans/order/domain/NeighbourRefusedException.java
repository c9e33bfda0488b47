package com.resellerplans.order.domain;

import com.resellerplans.domain.DomainException;
import com.resellerplans.domain.Refusal;
import java.util.Map;

/** A neighbour service refused the request; its code, detail and extra members are passed on unchanged. */
public class NeighbourRefusedException extends DomainException {
    public NeighbourRefusedException(Refusal refusal, String code, String detail, Map<String, Object> extensions) {
        super(refusal, code, detail, extensions);
    }
}
