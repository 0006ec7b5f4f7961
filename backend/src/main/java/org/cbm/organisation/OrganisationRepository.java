package org.cbm.organisation;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.cbm.solver.instance.OrganisationKind;
import org.springframework.data.mongodb.repository.MongoRepository;

interface OrganisationRepository extends MongoRepository<Organisation, String> {

    List<Organisation> findByKind(OrganisationKind kind);

    Page<Organisation> findByKind(OrganisationKind kind, Pageable pageable);

    Page<Organisation> findByNameContainingIgnoreCase(String text, Pageable pageable);

    Page<Organisation> findByKindAndNameContainingIgnoreCase(OrganisationKind kind, String text, Pageable pageable);
}
