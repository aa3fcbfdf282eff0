/**
 * The multiplier data: JAXB binding of {@code templates/cpt-<year>.xml}, checked against
 * {@code proxy-model.xsd} and semantic rules, then turned into immutable records.
 */
@XmlSchema(namespace = XmlBinding.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
@XmlAccessorType(XmlAccessType.FIELD)
package org.upm.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
