package de.dmp.web;

import de.dmp.platform.boundary.DatabaseOutOfReach;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;

/**
 * While the database is out of reach a form's change or save fails as a whole, and the page says so
 * in its messages, with everything typed still in the form to send again; other failures go on to
 * PrimeFaces' handler (the template's error dialog), which told the doctor to reload the page and
 * so lose the entries.
 */
public class DatabaseOutOfReachHandler extends ExceptionHandlerWrapper {

  DatabaseOutOfReachHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      if (DatabaseOutOfReach.in(events.next().getContext().getException())) {
        events.remove();
        Texts.show(FacesMessage.SEVERITY_ERROR, Texts.text("common.databaseOutOfReach"));
        FacesContext context = FacesContext.getCurrentInstance();
        context.validationFailed();
        context.renderResponse();
      }
    }
    getWrapped().handle();
  }

  /** Registered in faces-config.xml after PrimeFaces' factory, whose handler it wraps. */
  public static class Factory extends ExceptionHandlerFactory {

    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new DatabaseOutOfReachHandler(getWrapped().getExceptionHandler());
    }
  }
}
