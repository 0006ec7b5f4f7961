package org.cbm.offer;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

interface OfferRepository extends MongoRepository<Offer, String> {

    List<Offer> findByProviderIdAndStatus(String providerId, OfferStatus status);

    List<Offer> findByStatus(OfferStatus status);
}
