export { sessionCalendar, type CalendarOptions } from './session-calendar';
