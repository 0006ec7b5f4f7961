package org.cbm.veto;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ProviderVetoRepository extends MongoRepository<ProviderVetoes, String> {
}
