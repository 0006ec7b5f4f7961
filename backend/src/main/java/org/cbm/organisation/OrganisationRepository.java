package org.cbm.organisation;

import java.util.List;
import org.cbm.solver.instance.OrganisationKind;
import org.springframework.data.mongodb.repository.MongoRepository;

interface OrganisationRepository extends MongoRepository<Organisation, String> {

    List<Organisation> findByKind(OrganisationKind kind);
}
