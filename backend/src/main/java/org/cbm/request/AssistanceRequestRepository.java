package org.cbm.request;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

interface AssistanceRequestRepository extends MongoRepository<AssistanceRequest, String> {

    Page<AssistanceRequest> findByStatus(RequestStatus status, Pageable pageable);

    long countByStatus(RequestStatus status);
}
