export * from './endpoints';
export { BookingService, canAct, type Actor, type BookingEvent } from './service';
export { BookingMailer, bookingMails, icsFor } from './notify';
