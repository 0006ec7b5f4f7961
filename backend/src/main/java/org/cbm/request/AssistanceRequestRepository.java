package org.cbm.request;

import org.springframework.data.mongodb.repository.MongoRepository;

interface AssistanceRequestRepository extends MongoRepository<AssistanceRequest, String> {
}
