package org.cbm.offer;

import org.springframework.data.mongodb.repository.MongoRepository;

interface OfferRepository extends MongoRepository<Offer, String> {
}
